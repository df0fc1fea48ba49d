# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=meta shape=rawsql_formatted sink=specific expected=true
from django.contrib.auth.models import User
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00313(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    qs = User.objects.annotate(hits=RawSQL("SELECT COUNT(*) FROM searches WHERE term = '%s'" % bar, ()))  # want: PY-SQLI
    result = qs.count()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00313/", benchmark_test_00313),
]
