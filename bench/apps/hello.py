"""The smallest Streamlit page: the load test's yardstick for what one run of the server costs."""

import streamlit as st

st.title("Hello")
st.write("world")
