# generated case: rule=PY-LDAP-INJECTION source=djmeta propagation=helper_secondarg sink=v0 expected=false
import ldap

from django.http import JsonResponse


def pick(first, second):
    return first


def handle_ldap(request):
    param = request.META.get("HTTP_X_P", "")
    bar = pick("fixed", param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": result})
