thing = "from sub"
