# generated case (gen9): category=sqli rule=PY-SQLI fw=django shape=always_raising_helper expected=false
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

def deny(reason):
    raise PermissionDenied(reason)


def case_always_raising_helper(request):
    param = request.GET.get("q", "")
    deny("raw search disabled")
    with connection.cursor() as cur:
        cur.execute("SELECT * FROM users WHERE name = '" + param + "'")
        rows = cur.fetchall()
    return JsonResponse({"result": str(rows)})


urlpatterns = [
    path("sqli_always_raising_helper/", case_always_raising_helper),
]
