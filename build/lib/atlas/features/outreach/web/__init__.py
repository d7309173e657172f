"""features/outreach/web"""
