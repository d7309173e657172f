"""features/risk/web"""
