# generated case: rule=PY-NOSQLI source=djpost propagation=listappend_first sink=v1 expected=false
import json

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.POST["p"]
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[0]
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return JsonResponse({"result": result})
