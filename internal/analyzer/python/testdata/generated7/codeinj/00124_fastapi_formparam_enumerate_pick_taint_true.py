# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=formparam shape=enumerate_pick_taint sink=v2 expected=true
from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00124")
async def case_00124(request: Request, q: str = Form("")):
    param = q
    bar = "safe"
    for i, v in enumerate(["a", param, "b"]):
        if i == 1:
            bar = v
    result = eval(bar)  # want: PY-CODE-INJECTION
    return {"result": str(result)}
