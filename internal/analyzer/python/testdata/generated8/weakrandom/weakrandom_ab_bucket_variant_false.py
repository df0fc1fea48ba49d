# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=ab_bucket_variant expected=false
import random
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_ab_bucket_variant(request):
    param = request.GET.get("q", "")
    variant = random.choice(["layout-a", "layout-b"])
    return JsonResponse({"result": str([param, variant])})


urlpatterns = [
    path("weakrandom_ab_bucket_variant/", case_ab_bucket_variant),
]
