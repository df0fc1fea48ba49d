# generated case (gen9): category=sqli rule=PY-SQLI fw=django shape=setdefault_format_kwargs expected=true
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_setdefault_format_kwargs(request):
    param = request.GET.get("q", "")
    opts = {}
    opts.setdefault("name", param)
    sql = "SELECT * FROM users WHERE name = '{name}'".format(**opts)
    with connection.cursor() as cur:
        cur.execute(sql)  # want: PY-SQLI
        rows = cur.fetchall()
    return JsonResponse({"result": str(rows)})


urlpatterns = [
    path("sqli_setdefault_format_kwargs/", case_setdefault_format_kwargs),
]
