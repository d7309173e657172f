"""features/map"""
