# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=zip_first sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = ""
    for a, _b in zip(["safe"], [param]):
        bar = a
    result = str(eval(bar))
    return {"result": result}
