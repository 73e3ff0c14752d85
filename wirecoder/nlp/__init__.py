"""wirecoder.nlp"""
