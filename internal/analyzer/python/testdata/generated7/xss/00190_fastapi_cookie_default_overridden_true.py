# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=cookie shape=default_overridden sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def render_label(value, template="{}"):
    return template.format(value)


def display_name(value, name="guest"):
    return name


@app.get("/case-00190")
async def case_00190(request: Request):
    param = request.cookies.get("q", "none")
    bar = display_name("x", name=param)
    return HTMLResponse(f"<p>Results for {bar}</p>")  # want: PY-XSS
