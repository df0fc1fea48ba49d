# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query shape=augassign_concat sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00148")
async def case_00148(request: Request, q: str = ""):
    param = q
    bar = "pre-"
    bar += param
    result = eval(bar)  # want: PY-CODE-INJECTION
    return {"result": str(result)}
