# Functions scheduled with arguments run later with them: a background
# task, an executor, a thread, a Celery task. Input passed on reaches their
# sinks; constants passed on do not.
import os
import threading
from concurrent.futures import ThreadPoolExecutor

from celery import Celery
from fastapi import BackgroundTasks, FastAPI

app = FastAPI()
worker = Celery("jobs")
pool = ThreadPoolExecutor()


def stamp(number):
    os.system("stamp --invoice " + number)  # want: PY-CMDI


def archive(path):
    os.system("tar czf /backups/a.tgz " + path)  # want: PY-CMDI


@worker.task
def reindex(index):
    os.system("reindex " + index)  # want: PY-CMDI


def purge(days):
    os.system("purge --days " + days)


@app.post("/invoices")
def create(number: str, background: BackgroundTasks):
    background.add_task(stamp, number)
    background.add_task(purge, "30")
    return {}


@app.post("/archive")
def archive_view(path: str):
    threading.Thread(target=archive, args=(path,)).start()
    pool.submit(purge, "7")
    return {}


@app.post("/reindex")
def reindex_view(index: str):
    reindex.delay(index)
    threading.Thread(target=purge, args=("1",)).start()
    return {}
