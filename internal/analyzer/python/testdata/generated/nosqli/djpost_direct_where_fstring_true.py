# generated case: rule=PY-NOSQLI source=djpost propagation=direct sink=where_fstring expected=true
from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.POST["p"]
    bar = param
    n = db.users.count_documents({"$where": f"this.name == '{bar}'"})  # want: PY-NOSQLI
    result = n
    return JsonResponse({"result": result})
