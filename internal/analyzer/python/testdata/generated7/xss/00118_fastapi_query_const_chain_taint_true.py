# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=query shape=const_chain_taint sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/case-00118")
async def case_00118(request: Request, q: str = ""):
    param = q
    a = 3
    b = a * 4
    c = b - 9
    if c % 2 == 0:
        bar = "safe"
    else:
        bar = param
    return HTMLResponse(f"<p>Results for {bar}</p>")  # want: PY-XSS
