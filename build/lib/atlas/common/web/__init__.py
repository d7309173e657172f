"""common/web"""
