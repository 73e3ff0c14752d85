"""wirecoder.actors"""
