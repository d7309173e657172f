"""features/outreach/reports"""
