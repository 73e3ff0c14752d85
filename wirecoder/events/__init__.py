"""wirecoder.events"""
