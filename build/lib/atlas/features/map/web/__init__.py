"""features/map/web"""
