"""wirecoder.stances"""
