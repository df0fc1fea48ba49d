# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=post shape=django_extra_where sink=specific expected=true
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00313(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    qs = User.objects.extra(where=["username = '%s'" % bar])  # want: PY-SQLI
    result = qs.count()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00313/", benchmark_test_00313),
]
