# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam shape=fastapi_header_location sink=specific expected=true
from fastapi import FastAPI, Form, Request, Response

app = FastAPI()


@app.post("/case-00266")
async def case_00266(request: Request, q: str = Form("")):
    param = q
    bar = param
    return Response(status_code=302, headers={"Location": bar})  # want: PY-OPEN-REDIRECT
