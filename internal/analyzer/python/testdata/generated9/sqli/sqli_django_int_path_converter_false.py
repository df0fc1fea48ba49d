# generated case (gen9): category=sqli rule=PY-SQLI fw=django shape=django_int_path_converter expected=false
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_django_int_path_converter(request, pk):
    with connection.cursor() as cur:
        cur.execute(f"SELECT * FROM orders WHERE id = {pk}")
        rows = cur.fetchall()
    return JsonResponse({"result": str(rows)})


urlpatterns = [
    path("sqli_django_int_path_converter/<int:pk>/", case_django_int_path_converter),
]
