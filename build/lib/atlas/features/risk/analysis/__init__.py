"""features/risk/analysis"""
