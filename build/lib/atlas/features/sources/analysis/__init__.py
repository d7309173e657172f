"""features/sources/analysis"""
