# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=formparam shape=yield_from_taint sink=v2 expected=true
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def gen_values(value):
    yield "safe"
    yield from [value]


@app.post("/case-00214")
async def case_00214(request: Request, q: str = Form("")):
    param = q
    bar = list(gen_values(param))[1]
    return HTMLResponse(f"<p>Results for {bar}</p>")  # want: PY-XSS
