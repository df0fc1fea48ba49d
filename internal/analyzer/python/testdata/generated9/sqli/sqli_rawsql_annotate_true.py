# generated case (gen9): category=sqli rule=PY-SQLI fw=django shape=rawsql_annotate expected=true
from django.contrib.auth.models import User
from django.db.models.expressions import RawSQL
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_rawsql_annotate(request):
    param = request.POST.get("q", "")
    qs = User.objects.annotate(flag=RawSQL("SELECT '" + param + "'", []))  # want: PY-SQLI
    return JsonResponse({"result": str(qs.count())})


urlpatterns = [
    path("sqli_rawsql_annotate/", case_rawsql_annotate),
]
