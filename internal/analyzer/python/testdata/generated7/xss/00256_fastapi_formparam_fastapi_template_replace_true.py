# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=formparam shape=fastapi_template_replace sink=specific expected=true
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
PAGE = "<html><body><p>{{q}}</p></body></html>"


@app.post("/case-00256")
async def case_00256(request: Request, q: str = Form("")):
    param = q
    bar = param
    return HTMLResponse(PAGE.replace("{{q}}", bar))  # want: PY-XSS
