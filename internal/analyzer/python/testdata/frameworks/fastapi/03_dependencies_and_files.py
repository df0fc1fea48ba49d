# FastAPI: Form/File/Cookie/Header parameters are tainted; UploadFile.filename into a path sink; int Header safe
import os
import shutil

from fastapi import Cookie, FastAPI, File, Form, Header, UploadFile

app = FastAPI()
UPLOADS = "/srv/uploads"


@app.post("/upload")
async def upload(doc: UploadFile = File(...), folder: str = Form("inbox")):
    dest = os.path.join(UPLOADS, folder, doc.filename)
    with open(dest, "wb") as out:  # want: PY-PATH-TRAVERSAL
        shutil.copyfileobj(doc.file, out)
    return {"stored": dest}


@app.get("/prefs")
def prefs(layout: str = Cookie("grid")):
    return {"layout": eval(layout)}  # want: PY-CODE-INJECTION


@app.get("/page")
def page(x_page_size: int = Header(20)):
    return {"rows": eval(f"{x_page_size} * 2")}
