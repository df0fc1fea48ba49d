# generated case: rule=PY-LDAP-INJECTION source=djmeta propagation=ifconst_safebranch sink=v0 expected=false
import ldap

from django.http import JsonResponse


def handle_ldap(request):
    param = request.META.get("HTTP_X_P", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": result})
