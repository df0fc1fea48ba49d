# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=walrus_listcomp sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = [y := param.strip()][0]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
