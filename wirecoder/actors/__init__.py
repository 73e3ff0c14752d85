"""wirecoder.actors: who acts. A knowledge base of states, IGOs, groups and office holders,
and a resolver that maps the noun phrases of a parsed article to actors."""

from wirecoder.actors.kb import ActorEntry, KnowledgeBase, Role
from wirecoder.actors.resolver import ActorResolver, DocActors, Mention

__all__ = ["ActorEntry", "ActorResolver", "DocActors", "KnowledgeBase", "Mention", "Role"]
