# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=header shape=extra_where_params sink=specific expected=false
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00314(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    qs = User.objects.extra(where=["username = %s"], params=[bar])
    result = qs.count()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00314/", benchmark_test_00314),
]
