"""features/risk/reports"""
