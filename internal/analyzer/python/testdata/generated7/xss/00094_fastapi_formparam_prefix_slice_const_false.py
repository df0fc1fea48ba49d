# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=formparam shape=prefix_slice_const sink=v2 expected=false
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/case-00094")
async def case_00094(request: Request, q: str = Form("")):
    param = q
    bar = ("constant-prefix-" + param)[:15]
    return HTMLResponse(f"<p>Results for {bar}</p>")
