"""wirecoder.store"""
