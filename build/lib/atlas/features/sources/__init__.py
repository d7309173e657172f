"""features/sources"""
