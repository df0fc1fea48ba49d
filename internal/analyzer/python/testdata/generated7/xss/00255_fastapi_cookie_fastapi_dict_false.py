# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=cookie shape=fastapi_dict sink=specific expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00255")
def case_00255(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    return {"q": bar}
