# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=getlist shape=django_orm_filter sink=specific expected=false
from django.contrib.auth.models import User
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00314(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    qs = User.objects.filter(username=bar)
    result = qs.count()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00314/", benchmark_test_00314),
]
