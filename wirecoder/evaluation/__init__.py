"""wirecoder.evaluation"""
