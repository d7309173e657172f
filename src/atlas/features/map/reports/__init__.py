"""features/map/reports"""
