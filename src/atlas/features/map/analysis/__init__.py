"""features/map/analysis"""
