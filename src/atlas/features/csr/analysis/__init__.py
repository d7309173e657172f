"""features/csr/analysis"""
