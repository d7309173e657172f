"""features/data/analysis"""
