# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=split_const_prefix sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = ("safe," + param).split(",")[0]
    result = str(eval(bar))
    return {"result": result}
