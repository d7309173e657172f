"""common/reports"""
