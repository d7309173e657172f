"""features/outreach/analysis"""
